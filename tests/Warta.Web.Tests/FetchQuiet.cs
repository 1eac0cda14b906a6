using Microsoft.Playwright;

namespace Warta.Web.Tests;

/// <summary>
/// Waits until the page's own requests are done. Playwright's NetworkIdle counts every connection the browser keeps
/// and, on a loaded CI machine, timed out after 30 s although the page had long finished; the explorer fetches all
/// its data through <c>fetch</c>, so counting those calls (until each answer's body is read) says when it is quiet.
/// </summary>
internal static class FetchQuiet
{
    private const string Counter = """
        window.__fetching = 0;
        window.__fetchChanged = performance.now();
        const fetchOfPage = window.fetch.bind(window);
        const settle = () => { window.__fetching--; window.__fetchChanged = performance.now(); };
        window.fetch = (...args) => {
          window.__fetching++;
          window.__fetchChanged = performance.now();
          return fetchOfPage(...args).then(
            answer => { answer.clone().arrayBuffer().then(settle, settle); return answer; },
            error => { settle(); throw error; });
        };
        """;

    /// <summary>Installs the counter; call before the page's first navigation.</summary>
    public static Task TrackAsync(IPage page) => page.AddInitScriptAsync(Counter);

    /// <summary>The page has loaded, no fetch is under way and none has started or ended for a quarter of a second.</summary>
    public static async Task WaitAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.WaitForFunctionAsync("() => window.__fetching === 0 && performance.now() - window.__fetchChanged > 250");
    }
}
