namespace Warta.Parsing;

/// <summary>
/// A one-hash Bloom filter over a weight table's 32-bit keys, eight bits per key: a few hundred kilobytes that stay in
/// the CPU's cache, asked before the table (megabytes, one cache miss per probe). Most of a parse's features were
/// never seen in training or were pruned; the filter answers "not in the table" for nearly all of those without
/// touching the table. It never says no to a key that is in it, so scores are exactly the table's. The parser's and
/// the tagger's tables use it (the tagger folds its 64-bit keys to 32 bits for it).
/// </summary>
internal sealed class KeyFilter
{
    private readonly ulong[] _bits;
    private readonly int _shift;

    public KeyFilter(int keyCount)
    {
        int log2 = 6;
        while ((1L << log2) < 8L * keyCount) log2++;
        _bits = new ulong[(1 << log2) >> 6];
        _shift = 32 - log2;
    }

    public void Add(uint key)
    {
        uint bit = Bit(key);
        _bits[bit >> 6] |= 1UL << (int)bit;
    }

    public bool MayContain(uint key)
    {
        uint bit = Bit(key);
        return (_bits[bit >> 6] & (1UL << (int)bit)) != 0;
    }

    // Another multiplier than the table's slot hash, so a key's filter bit does not follow its slot.
    private uint Bit(uint key) => (key * 0x85EBCA6Bu) >> _shift;
}
