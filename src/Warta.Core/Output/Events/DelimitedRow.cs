namespace Warta.Output.Events;

/// <summary>Writes one delimited row of fields: CSV quoting (RFC 4180) or tab-separated with tabs and newlines blanked.</summary>
internal static class DelimitedRow
{
    public static void WriteCsv(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            WriteCsvField(writer, fields[i] ?? "");
        }
        writer.Write("\r\n");
    }

    public static void WriteCsvField(TextWriter writer, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(field);
            return;
        }
        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    /// <summary>TSV has no quoting, so a tab or line break inside a field becomes a space.</summary>
    public static void WriteTsv(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write('\t');
            var field = fields[i];
            if (string.IsNullOrEmpty(field)) continue;
            writer.Write(field.AsSpan().IndexOfAny("\t\r\n") < 0 ? field : field.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' '));
        }
        writer.Write('\n');
    }
}
