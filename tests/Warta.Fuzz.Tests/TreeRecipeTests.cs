using CsCheck;
using Mono.Unix.Native;
using Warta.Fuzz.Targets;

namespace Warta.Fuzz.Tests;

/// <summary>
/// The tree target builds trees full of links that lead out ("/", "..", a folder beside the tree). Building must never
/// act through them: a fuzz run once made "/" mode 0200 and wrote files into it, by taking a link to "/" for a folder.
/// </summary>
public sealed class TreeRecipeTests
{
    [Fact]
    public void A_link_named_like_a_folder_is_not_built_into_nor_has_its_target_chmodded()
    {
        using var place = new Place();
        byte[] recipe =
        [
            2, 0, 1, 10, 0,   // in the root, a link "a" to the folder beside the tree
            0, 0, 0, 0, 0,    // in the root, the folder "a": the name is taken by the link
            1, 1, 0, 1, 0,    // a text file in the tree's second folder
            4, 0, 0, 0, 0,    // permissions taken away from the first entry (the link)
        ];

        new TreeRecipe(place.Root, place.Outside).Build(recipe);

        place.AssertOutsideUnchanged();
    }

    [Fact]
    public void Generated_trees_change_nothing_beside_or_above_the_root()
    {
        var generator = FuzzTargets.Get("tree").Inputs(null!);
        var pcg = new PCG(3, 2026);
        for (int i = 0; i < 300; i++)
        {
            using var place = new Place();
            new TreeRecipe(place.Root, place.Outside).Build(generator.Generate(pcg, null!, out _));
            place.AssertOutsideUnchanged();
        }
    }

    /// <summary>A work folder holding the tree's root and a folder beside it with one file, as the tree target makes them.</summary>
    private sealed class Place : IDisposable
    {
        private readonly string _work = Directory.CreateTempSubdirectory("warta-tree-recipe-").FullName;
        private readonly FilePermissions _workMode;
        private readonly FilePermissions _outsideMode;

        public Place()
        {
            Root = Path.Combine(_work, "tree");
            Outside = Path.Combine(_work, "outside");
            Directory.CreateDirectory(Root);
            Directory.CreateDirectory(Outside);
            File.WriteAllText(Path.Combine(Outside, "outside.txt"), "Rusia mengusir diplomat.");
            _workMode = ModeOf(_work);
            _outsideMode = ModeOf(Outside);
        }

        public string Root { get; }
        public string Outside { get; }

        public void AssertOutsideUnchanged()
        {
            Assert.Equal(["outside", "tree"], Directory.GetFileSystemEntries(_work).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(["outside.txt"], Directory.GetFileSystemEntries(Outside).Select(Path.GetFileName));
            Assert.Equal(_workMode, ModeOf(_work));
            Assert.Equal(_outsideMode, ModeOf(Outside));
            Assert.Equal(FilePermissions.S_IRUSR | FilePermissions.S_IWUSR, ModeOf(Path.Combine(Outside, "outside.txt")) & (FilePermissions.S_IRUSR | FilePermissions.S_IWUSR));
        }

        private static FilePermissions ModeOf(string path)
        {
            Assert.Equal(0, Syscall.lstat(path, out var status));
            return status.st_mode & FilePermissions.ALLPERMS;
        }

        public void Dispose()
        {
            Restore(_work);
            Directory.Delete(_work, recursive: true);
        }

        private static void Restore(string folder)
        {
            Syscall.chmod(folder, FilePermissions.ACCESSPERMS);
            foreach (var entry in Directory.GetFileSystemEntries(folder))
                if (Syscall.lstat(entry, out var status) == 0 && (status.st_mode & FilePermissions.S_IFMT) == FilePermissions.S_IFDIR)
                    Restore(entry);
        }
    }
}
