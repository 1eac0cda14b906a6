using System.Security.Cryptography;
using System.Text;

namespace Warta.Fuzz.Running;

/// <summary>
/// Saves findings as files: the input exactly as it ran (TARGET/KIND-HASH.u16 or .bin) beside a .txt with the
/// exception, so an input becomes a regression test by copying it into the test corpus.
/// </summary>
internal sealed class FindingStore(string folder, string extension)
{
    public const string CurrentInputName = ".current";

    public string CurrentInputPath => Path.Combine(folder, CurrentInputName + extension);

    public void WriteCurrent(byte[] input)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(CurrentInputPath, input);
    }

    public string Save(string kind, string signature, string details, byte[] input)
    {
        Directory.CreateDirectory(folder);
        // A crash or violation is named by its signature (one file per bug); a hang, which has none, by its input.
        var key = kind == "hang" ? input : Encoding.UTF8.GetBytes(signature);
        var hash = Convert.ToHexStringLower(SHA256.HashData(key))[..12];
        var path = Path.Combine(folder, $"{kind}-{hash}{extension}");
        File.WriteAllBytes(path, input);
        File.WriteAllText(Path.ChangeExtension(path, ".txt"), $"{kind}: {signature}\n\n{details}\n");
        return path;
    }
}
