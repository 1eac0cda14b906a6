using System.IO.Compression;

namespace Warta.Fuzz;

/// <summary>A saved fuzz input: its raw bytes, or gzipped (<c>.gz</c>) for the large ones kept in the regression corpus.</summary>
public static class FuzzInputFile
{
    public static byte[] Read(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal)) return File.ReadAllBytes(path);
        using var unzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        unzip.CopyTo(bytes);
        return bytes.ToArray();
    }
}
