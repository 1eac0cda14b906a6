using Warta.Languages;
using Xunit.Abstractions;

namespace Warta.Tests.Actors;

public sealed class ProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        string[] id = [
            "Wakil Menteri Luar Negeri Kazakh Yermukhambet Konuspayev bertemu Duta Besar Ukraina untuk Kazakhstan, Pyotr Vrublevsky.",
            "Pasukan Rusia menyerang Kyiv, kata Kementerian Luar Negeri Rusia.",
            "Duta besar Astana untuk Rusia dipanggil, sementara duta besarnya untuk Moskow pulang.",
            "Maria Zakharova, juru bicara Kementerian Luar Negeri Rusia, mengecam polisi.",
            "Presiden Kassym-Jomart Tokayev dan Dewan Keamanan PBB serta Sekretaris Jenderal PBB bertemu di Almaty.",
            "Putin dan AS bertemu di Gedung Putih, sementara Pentagon diam.",
        ];
        foreach (var s in id) output.WriteLine(s + "\n   " + string.Join(" | ", ActorTestKit.Codes(s, Language.Indonesian)));
        string[] en = [
            "Russian troops entered Kyiv, the Russian Foreign Ministry said.",
            "Russian Foreign Minister Sergei Lavrov met Maria Zakharova, spokeswoman for the Russian Foreign Ministry.",
            "The police arrested protesters as the U.S. ambassador to Kazakhstan watched.",
            "Kazakhstan's President Kassym-Jomart Tokayev spoke to the UN Security Council and NATO.",
        ];
        foreach (var s in en) output.WriteLine(s + "\n   " + string.Join(" | ", ActorTestKit.Codes(s, Language.English)));
    }
}
