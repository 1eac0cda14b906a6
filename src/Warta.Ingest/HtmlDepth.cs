using AngleSharp.Dom;

namespace Warta.Ingest;

/// <summary>
/// Measures how deeply a parsed page nests its elements, without recursion: the article extractor and SmartReader
/// walk the tree recursively, and a page nested thousands deep would overflow their stack and end the process.
/// </summary>
public static class HtmlDepth
{
    /// <summary>True when some element of <paramref name="root"/> lies more than <paramref name="maxDepth"/> elements deep.</summary>
    public static bool Exceeds(INode root, int maxDepth)
    {
        var pending = new Stack<(INode Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > maxDepth) return true;
            foreach (var child in node.ChildNodes)
                if (child is IElement) pending.Push((child, depth + 1));
        }
        return false;
    }
}
