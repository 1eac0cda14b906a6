using System.IO.Compression;
using System.Text;
using Warta.Errors;

namespace Warta.Data;

/// <summary>
/// What a kind of trained model file is: its name in messages and in <c>./warta train NAME</c>, its four-byte magic
/// number, the format version written and the oldest still read.
/// </summary>
internal sealed record ModelFormat(string Kind, string Magic, ushort Version, ushort OldestReadable);

/// <summary>
/// The container every trained model shares (tagger, parser): the magic number and a 16-bit version, then a gzip
/// stream holding the body and an end marker, so a truncated or foreign file is refused with a reason, never read
/// half. The body is each model's own; the same model gives the same bytes.
/// </summary>
internal static class ModelContainer
{
    private const uint EndMarker = 0x454E4421; // "!DNE"

    public static void Write(ModelFormat format, string path, Action<BinaryWriter> writeBody)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        Write(format, file, writeBody);
    }

    public static void Write(ModelFormat format, Stream stream, Action<BinaryWriter> writeBody)
    {
        stream.Write(Encoding.ASCII.GetBytes(format.Magic));
        stream.Write(BitConverter.GetBytes(format.Version));
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writeBody(writer);
        writer.Write(EndMarker);
    }

    /// <exception cref="WartaException">Model missing when there is no file; otherwise as <see cref="Read{T}(ModelFormat, Stream, string, Func{ModelReader, T})"/>.</exception>
    public static T Read<T>(ModelFormat format, string path, Func<ModelReader, T> readBody)
    {
        if (!File.Exists(path))
            throw new WartaException(ErrorCodes.ModelMissing,
                $"{format.Kind} model '{path}' not found; it ships in the data folder: reinstall, or rebuild it with ./warta train {format.Kind}");
        using var file = File.OpenRead(path);
        return Read(format, file, path, readBody);
    }

    /// <exception cref="WartaException">The model-invalid code naming <paramref name="name"/> and the reason: another kind of file, an unknown version, a truncated or damaged body.</exception>
    public static T Read<T>(ModelFormat format, Stream stream, string name, Func<ModelReader, T> readBody)
    {
        try
        {
            Span<byte> header = stackalloc byte[6];
            stream.ReadExactly(header);
            if (!header[..4].SequenceEqual(Encoding.ASCII.GetBytes(format.Magic)))
                throw ModelReader.Invalid(format, name, $"it is not a Warta {format.Kind} model (bad magic number)");
            var version = BitConverter.ToUInt16(header[4..]);
            if (version < format.OldestReadable || version > format.Version)
                throw ModelReader.Invalid(format, name,
                    $"model format version {version}, this build reads versions {format.OldestReadable} to {format.Version}");
            using var reader = new ModelReader(Inflate(stream), format, name, version);
            var model = readBody(reader);
            if (reader.ReadUInt32() != EndMarker) throw reader.Invalid("the file is truncated or damaged");
            return model;
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or FormatException)
        {
            throw ModelReader.Invalid(format, name, "the file is truncated or damaged", e);
        }
    }

    /// <summary>
    /// The whole body, inflated in one go: a model has millions of small fields, and reading each through the gzip
    /// stream cost several times the inflating itself (a reader over a memory stream takes them straight from its buffer).
    /// </summary>
    private static MemoryStream Inflate(Stream stream)
    {
        var body = new MemoryStream(stream.CanSeek ? (int)Math.Min(int.MaxValue / 4, 4 * Math.Max(0, stream.Length - stream.Position)) : 0);
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true)) gzip.CopyTo(body, 1 << 16);
        body.Position = 0;
        return body;
    }
}

/// <summary>A model body's reader: the file's version, and counts and errors that name the file.</summary>
internal sealed class ModelReader(Stream stream, ModelFormat format, string name, ushort version) : BinaryReader(stream, Encoding.UTF8)
{
    /// <summary>The format version of the file being read.</summary>
    public ushort Version { get; } = version;

    /// <summary>A count, refused unless between 0 and <paramref name="max"/> (a damaged file must not allocate gigabytes).</summary>
    public int Count(int max)
    {
        int n = ReadInt32();
        return n >= 0 && n <= max ? n : throw Invalid($"a count of {n} is out of range");
    }

    public WartaException Invalid(string reason) => Invalid(format, name, reason);

    public static WartaException Invalid(ModelFormat format, string name, string reason, Exception? inner = null) =>
        new(ErrorCodes.ModelInvalid,
            $"{format.Kind} model '{name}' cannot be read: {reason}; rebuild it with ./warta train {format.Kind}", inner);
}
