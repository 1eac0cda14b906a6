namespace Warta.Benchmarks;

internal sealed record BenchmarkOptions(string UdDirectory, int Passes)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        string ud = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/ud"));
        int passes = 5;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--passes" && i + 1 < args.Length) passes = int.Parse(args[++i]);
            else ud = args[i];
        }
        if (!Directory.Exists(ud)) throw new DirectoryNotFoundException($"UD folder '{ud}' not found; pass it as the first argument");
        return new BenchmarkOptions(ud, passes);
    }
}
