using System.Text;

namespace Warta.Web.Api;

/// <summary>
/// The name of an export file, saying what was filtered: warta-events_dyad-KAZ-RUS_root-05_from-2023-01-01. Only
/// letters, digits and hyphens of the values are kept, so a name is always a safe file name.
/// </summary>
public static class ExportFileName
{
    public static string For(FilterParameters p)
    {
        var name = new StringBuilder("warta-events");
        void Part(string label, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            var safe = new string(value.Trim().Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-').ToArray()).Trim('-');
            if (safe.Length == 0) return;
            name.Append('_').Append(label).Append('-').Append(safe.Length > 40 ? safe[..40] : safe);
        }
        Part("actor", p.Actor); Part("source", p.Source); Part("target", p.Target); Part("dyad", p.Dyad);
        Part("root", p.Root); Part("cameo", p.Cameo); Part("quad", p.Quad); Part("lang", p.Lang); Part("outlet", p.Outlet);
        Part("q", p.Q); Part("area", p.Area); Part("from", p.From); Part("to", p.To);
        if (IsTrue(p.All)) name.Append("_all-modalities");
        if (IsTrue(p.Syndicated)) name.Append("_with-copies");
        return name.ToString();
    }

    private static bool IsTrue(string? value) => value?.Trim().ToLowerInvariant() is "true" or "1" or "yes";
}
