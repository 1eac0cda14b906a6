using DuckDB.NET.Data;

namespace Warta.Store.DuckDb;

/// <summary>
/// Creates a store file that never exists half-made. DuckDB creates a new file empty and writes its headers after;
/// a process killed in between leaves an empty file that every later open refuses as "not a valid DuckDB
/// database file", so the user could not rerun the ingest. The schema is therefore built under a temporary name
/// beside the file and the finished file renamed into place: at its real name a store is complete or absent.
/// </summary>
internal static class NewStoreFile
{
    public const string BuildingSuffix = ".creating";

    public static void Create(string path, int? schemaVersion)
    {
        var building = path + BuildingSuffix;
        Delete(building); // left by a process killed while it created the store
        using (var connection = new DuckDBConnection($"Data Source={building}"))
        {
            connection.Open();
            SchemaMigrations.Apply(connection, schemaVersion);
        } // the last connection closes the database: DuckDB checkpoints the schema into the file

        try
        {
            File.Move(building, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            Delete(building); // another process created the store first: use that one
        }
    }

    private static void Delete(string building)
    {
        File.Delete(building);
        File.Delete(building + ".wal");
    }
}
