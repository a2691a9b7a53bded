namespace CpdLog.BrowserTests.Accessibility;

using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CpdLog.BrowserTests.Infrastructure;
using CpdLog.Web.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

/// <summary>
/// One browser context and one page for a role: visits pages, runs axe-core (WCAG 2.0/2.1/2.2 A and AA and best
/// practice) at 1280 × 800, checks the document is no wider than a 320 × 800 viewport, submits each form on the page
/// empty to check its error state the same way, and records every request that leaves the site or fails (4xx/5xx).
/// Problems are collected, not thrown, so one run lists them all.
/// </summary>
public sealed partial class PageAuditor : IAsyncDisposable
{
    public const int DesktopWidth = 1280;

    public const int NarrowWidth = 320;

    public const int Height = 800;

    private static readonly AxeRunOptions AxeOptions = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"],
        },

        // target-size (WCAG 2.2 2.5.8) is off by default in axe-core; ask for it by name.
        Rules = new Dictionary<string, RuleOptions> { ["target-size"] = new() { Enabled = true } },
    };

    private readonly IBrowserContext _context;
    private readonly IPage _page;
    private readonly string _baseUrl;
    private readonly BrowserRole _role;
    private readonly ConcurrentQueue<string> _network = new();
    private (string Url, int Status)? _expected;

    private PageAuditor(IBrowserContext context, IPage page, string baseUrl, BrowserRole role)
    {
        _context = context;
        _page = page;
        _baseUrl = baseUrl;
        _role = role;
    }

    /// <summary>The role's page, for checks of its own (it stays signed in).</summary>
    public IPage Page => _page;

    /// <summary>Problems found so far, one line each.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Pages and error states checked.</summary>
    public int StatesChecked { get; private set; }

    /// <summary>A context for <paramref name="role"/>, signed in through the sign-in page when the role has an account.</summary>
    public static async Task<PageAuditor> CreateAsync(BrowserAppFixture app, BrowserRole role)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = DesktopWidth, Height = Height },
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var auditor = new PageAuditor(context, page, app.BaseUrl, role);
        await context.RouteAsync("**/*", auditor.RouteAsync);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && (response.Url, response.Status) != auditor._expected)
            {
                auditor._network.Enqueue($"{response.Status} {response.Request.Method} {response.Url}");
            }
        };

        if (role.Email is { } email)
        {
            await page.GotoAsync("/Identity/Account/Login");
            await page.FillAsync("[name='Input.Email']", email);
            await page.FillAsync("[name='Input.Password']", DemoData.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(StartPage());
        }

        auditor.TakeNetworkProblems("sign-in");
        return auditor;
    }

    /// <summary>Checks <paramref name="visit"/>'s page, then the error state of each form on it.</summary>
    public async Task CheckAsync(PageVisit visit)
    {
        _expected = visit.Status == 200 ? null : (_baseUrl + visit.Url, visit.Status);
        var response = await _page.GotoAsync(visit.Url);
        await CheckCurrentAsync(visit.Url, response?.Status == visit.Status ? 200 : response?.Status);
        _expected = null;

        var forms = await FillableFormCountAsync();
        for (var i = 0; i < forms; i++)
        {
            if (i > 0 || _page.Url != _baseUrl + visit.Url)
            {
                await _page.GotoAsync(visit.Url);
            }

            var submit = await EmptyFormAsync(i);
            if (submit is null)
            {
                continue;
            }

            await submit.ClickAsync();
            await _page.WaitForLoadStateAsync(LoadState.Load);
            await CheckCurrentAsync($"{visit.Url} (form {i + 1} submitted empty)", null);
        }
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private async Task CheckCurrentAsync(string what, int? status)
    {
        StatesChecked++;
        var where = $"[{_role}] {what}";
        if (status >= 400)
        {
            Problems.Add($"{where}: answered {status}");
        }

        var axe = await _page.RunAxe(AxeOptions);
        foreach (var v in axe.Violations)
        {
            Problems.Add($"{where}: axe {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        }

        await _page.SetViewportSizeAsync(NarrowWidth, Height);
        var width = await DocumentWidthAsync();
        if (width > NarrowWidth)
        {
            // Chromium can report the width of a layout still catching up with the resize (616 px with no element
            // beyond the viewport, on a different page each run): a real overflow is still there half a second later.
            await Task.Delay(500);
            width = await DocumentWidthAsync();
        }

        if (width > NarrowWidth)
        {
            var widest = await _page.EvaluateAsync<string>(WidestElementScript);
            Problems.Add($"{where}: {width} px wide at {NarrowWidth} px (widest: {widest})");
        }

        await _page.SetViewportSizeAsync(DesktopWidth, Height);
        TakeNetworkProblems(where);
    }

    /// <summary>The document's width once the layout has caught up with the viewport (after two animation frames).</summary>
    private Task<int> DocumentWidthAsync() => _page.EvaluateAsync<int>(
        "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)))))");

    private void TakeNetworkProblems(string where)
    {
        while (_network.TryDequeue(out var problem))
        {
            Problems.Add($"{where}: request {problem}");
        }
    }

    private async Task RouteAsync(IRoute route)
    {
        var url = route.Request.Url;
        if (url.StartsWith(_baseUrl + "/", StringComparison.Ordinal))
        {
            await route.ContinueAsync();
            return;
        }

        if (!AccessibilityExclusions.IsAllowedOffSite(url))
        {
            _network.Enqueue($"off-site {route.Request.Method} {url}");
        }

        await route.AbortAsync();
    }

    /// <summary>Forms in &lt;main&gt; that post and have a field a person types into (search boxes and buttons alone have no error state).</summary>
    private Task<int> FillableFormCountAsync() => _page.EvaluateAsync<int>(
        "sel => [...document.querySelectorAll('main form')].filter(f => (f.method || '').toLowerCase() === 'post' && f.querySelector(sel)).length",
        FillableSelector);

    /// <summary>Empties the typed fields of the <paramref name="index"/>th fillable form and returns its first submit button.</summary>
    private async Task<IElementHandle?> EmptyFormAsync(int index)
    {
        var form = await _page.EvaluateHandleAsync(
            "([sel, i]) => [...document.querySelectorAll('main form')].filter(f => (f.method || '').toLowerCase() === 'post' && f.querySelector(sel))[i]",
            new object[] { FillableSelector, index });
        if (form.AsElement() is not { } element)
        {
            return null;
        }

        // A form a person cannot see (say inside a closed <details>) has no error state they can reach without opening it.
        var submit = await element.QuerySelectorAsync("button:not([type]), button[type=submit], input[type=submit]");
        if (submit is null || !await submit.IsVisibleAsync())
        {
            return null;
        }

        await element.EvaluateAsync("(f, sel) => f.querySelectorAll(sel).forEach(e => { e.value = ''; })", FillableSelector);
        return submit;
    }

    private const string FillableSelector =
        "input:not([type]), input[type=text], input[type=email], input[type=number], input[type=password], input[type=tel], input[type=url], input[type=date], textarea";

    /// <summary>Names the element that sticks out furthest to the right, to say what to fix.</summary>
    public const string WidestElementScript = """
        () => {
            let worst = null, right = 0;
            const clipped = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) { if (/(hidden|clip)/.test(getComputedStyle(a).overflowX)) return true; } return false; };
            for (const e of document.body.querySelectorAll('*')) {
                const r = e.getBoundingClientRect().right;
                if (r >= right - 0.5 && r > innerWidth && !clipped(e)) { right = r; worst = e; }
            }
            if (!worst) return 'none';
            const id = worst.id ? '#' + worst.id : '';
            const cls = typeof worst.className === 'string' && worst.className ? '.' + worst.className.trim().split(/\s+/).join('.') : '';
            return `${worst.tagName.toLowerCase()}${id}${cls} right edge ${Math.round(right)} px: "${(worst.textContent || '').trim().slice(0, 40)}"`;
        }
        """;

    [GeneratedRegex("/(Dashboard|Team|Admin)$")]
    private static partial Regex StartPage();
}
