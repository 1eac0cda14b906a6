using Warta.Coding;
using Warta.Errors;
using Warta.Input;

namespace Warta.Tests.Coding;

public sealed class BatchCoderTests
{
    private static readonly Lazy<EventCoder> Coder = new(() => EventCoder.Load(TestPaths.Data));

    [Fact]
    public void Outcomes_come_in_input_order_and_failed_inputs_stay_in_place()
    {
        var inputs = Enumerable.Range(0, 24).Select(i => i % 7 == 3
            ? InputDocument.Failed($"in:{i}", new WartaException(ErrorCodes.DocumentInvalid, $"in:{i}: broken"))
            : InputDocument.Ok($"in:{i}", new NewsDocument($"d{i}", i % 2 == 0 ? "Rusia mengusir diplomat itu." : "Russia expelled the diplomat.")))
            .ToList();
        var outcomes = BatchCoder.CodeAll(Coder.Value, inputs, degreeOfParallelism: 4).ToList();
        Assert.Equal(inputs.Select(i => i.Origin), outcomes.Select(o => o.Input.Origin));
        Assert.All(outcomes.Where(o => o.Input.Error is not null), o => Assert.Equal("WRT0204: in:" + o.Input.Origin[3..] + ": broken", o.Error));
        Assert.All(outcomes.Where(o => o.Input.Error is null), o => Assert.Equal(o.Input.Document!.Id, o.Coded!.Input.Id));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Zero_one_or_two_inputs_give_one_outcome_each_in_order(int count)
    {
        var inputs = Enumerable.Range(0, count)
            .Select(i => InputDocument.Ok($"in:{i}", new NewsDocument($"d{i}", "Rusia mengusir diplomat Jepang itu.")))
            .ToList();
        var outcomes = BatchCoder.CodeAll(Coder.Value, inputs).ToList();
        Assert.Equal(inputs.Select(i => i.Document!.Id), outcomes.Select(o => o.Coded!.Input.Id));
        Assert.All(outcomes, o => Assert.NotEmpty(o.Coded!.Events));
    }
}
