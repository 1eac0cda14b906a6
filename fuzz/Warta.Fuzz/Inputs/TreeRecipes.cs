using CsCheck;

namespace Warta.Fuzz.Inputs;

/// <summary>
/// Folder trees as recipes of bytes (<see cref="Targets.TreeRecipe"/> reads any bytes as one): folders, files of text,
/// JSON Lines (with repeated ids), HTML and binary data, symbolic links that loop back (.., ../.., the root, themselves),
/// lead out (/, a folder beside the tree, /dev/zero, /dev/urandom, /dev/null) or nowhere, FIFOs, hard links and
/// permissions taken away; then, now and then, bytes flipped, cut or repeated.
/// </summary>
internal sealed class TreeRecipes : Gen<byte[]>
{
    public override byte[] Generate(PCG pcg, Size? min, out Size size)
    {
        size = new Size(0);
        var bytes = new List<byte>();
        for (int i = pcg.Between(2, 30); i > 0; i--)
        {
            bytes.Add((byte)pcg.Below(8));
            for (int j = 0; j < Targets.TreeRecipe.ParametersPerStep; j++) bytes.Add((byte)pcg.Below(256));
        }
        for (int i = pcg.OneIn(3) ? pcg.Below(4) : 0; i > 0 && bytes.Count > 0; i--)
        {
            int at = pcg.Below(bytes.Count);
            switch (pcg.Below(3))
            {
                case 0: bytes[at] ^= (byte)(1 << pcg.Below(8)); break;
                case 1: bytes.RemoveRange(at, Math.Min(pcg.Below(8) + 1, bytes.Count - at)); break;
                default: bytes.InsertRange(at, bytes.GetRange(0, Math.Min(at, 16))); break;
            }
        }
        return [.. bytes];
    }
}
