namespace CpdLog.BrowserTests.Infrastructure;

using System.Globalization;
using Microsoft.Playwright;

/// <summary>Types a date into an NHS date input's day, month and year boxes, as a person would.</summary>
public static class DateInput
{
    public static async Task FillDateAsync(this IPage page, string name, DateOnly date)
    {
        await page.FillAsync($"[name='{name}.Day']", date.Day.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync($"[name='{name}.Month']", date.Month.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync($"[name='{name}.Year']", date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
