namespace CpdLog.IntegrationTests.Forms;

using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CpdLog.IntegrationTests.Records.RecordSamples;

/// <summary>
/// Issue 15 part 3: every date on a page is the NHS date input (day, month and year boxes in one fieldset), posted as
/// three boxes and answered with the NHS messages, on the field, highlighting only the boxes that are wrong.
/// </summary>
public sealed class DateInputPageTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    /// <summary>Every page a signed-in user enters a date on (records, funding, plan, registrations, portfolio, team, admin).</summary>
    private static readonly string[] DatePages =
    [
        "/Activities/Add", "/Activities", "/Records/Reflections/Add", "/Records/Feedback/Add", "/Records/PracticeHours/Add",
        "/Records/Discussions/Add", "/Records/Confirmations/Add", "/Records/Declarations/Add", "/Records/GapExplanations/Add",
        "/Funding/Edit", "/Plan", "/Registrations/Add?body=HCPC", "/Team", "/FundingAdmin/Leavers?UserId={me}", "/Leaving",
    ];

    private static Dictionary<string, string> Activity(string title, (string Day, string Month, string Year) start) => new()
    {
        ["Input.Title"] = title,
        ["Input.Status"] = "Completed",
        ["Input.StartDate.Day"] = start.Day,
        ["Input.StartDate.Month"] = start.Month,
        ["Input.StartDate.Year"] = start.Year,
        ["Input.EndDate"] = Day(-1),
        ["Input.Hours"] = "2",
        ["Input.ParticipatoryHours"] = "1",
        ["Input.Method"] = "CourseAttendance",
        ["Input.ActivityType"] = "FormalEducational",
        ["Input.Description"] = "Costing workshop",
        ["Input.RelevanceToPractice"] = "I cost nursing time",
    };

    private static async Task<IHtmlDocument> PageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    private static IElement Box(IHtmlDocument page, string name) => page.QuerySelector($"input[name='{name}']") ?? throw new Xunit.Sdk.XunitException("No box " + name);

    private static bool Highlighted(IHtmlDocument page, string name) => Box(page, name).ClassList.Contains("nhsuk-input--error");

    [Fact]
    public async Task EveryDateOnThePages_IsTheNhsDateInput_NeverABrowserDatePicker()
    {
        var client = await factory.CreateSignedInFormClientAsync("dates-markup@example.nhs.uk", CpdLog.Data.Roles.LineManager, CpdLog.Data.Roles.BudgetHolder, CpdLog.Data.Roles.Admin); // every user is a Manager already
        var me = await factory.UserIdAsync("dates-markup@example.nhs.uk");
        foreach (var url in DatePages.Select(u => u.Replace("{me}", me, StringComparison.Ordinal)))
        {
            // The leaver statement asks for the date once a person is chosen (here the signed-in admin).
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode} {response.Headers.Location}");
            var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            Assert.Empty(page.QuerySelectorAll("input[type='date']"));
            var inputs = page.QuerySelectorAll(".nhsuk-date-input");
            Assert.True(inputs.Length > 0, $"{url} has no NHS date input");
            foreach (var input in inputs)
            {
                var fieldset = input.Closest("fieldset")!;
                Assert.Equal("group", fieldset.GetAttribute("role"));
                Assert.NotEmpty(fieldset.QuerySelector("legend")!.TextContent.Trim());
                Assert.Contains(fieldset.QuerySelector(".nhsuk-hint")!.Id!, fieldset.GetAttribute("aria-describedby")!);
                var labels = input.QuerySelectorAll("label").Select(l => l.TextContent).ToList();
                Assert.Equal(["Day", "Month", "Year"], labels);
                Assert.All(input.QuerySelectorAll("input"), box => Assert.Equal("numeric", box.GetAttribute("inputmode")));
            }
        }
    }

    [Fact]
    public async Task ValidDate_FromTheThreeBoxes_IsSaved_AndAMonthMayBeWrittenAsAWord()
    {
        var client = await factory.CreateSignedInFormClientAsync("dates-valid@example.nhs.uk");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/Activities/Add", Activity("Dates valid", ("3", "2", "2025")))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/Activities/Add", Activity("Dates word", (" 03 ", "March", "2025")))).StatusCode);

        var saved = await factory.WithDbAsync(db => db.Activities.Where(a => a.Title.StartsWith("Dates ")).OrderBy(a => a.Title).Select(a => a.StartDate).ToListAsync());
        Assert.Equal([new DateOnly(2025, 2, 3), new DateOnly(2025, 3, 3)], saved);
    }

    [Fact]
    public async Task MissingMonth_SaysSoOnTheField_HighlightsOnlyTheMonth_AndKeepsWhatWasTyped()
    {
        var client = await factory.CreateSignedInFormClientAsync("dates-missing@example.nhs.uk");
        var page = await PageAsync(await client.PostFormAsync("/Activities/Add", Activity("Dates missing", ("3", "", "2025"))));

        Assert.Equal("Start date must include a month", Records.PageHelpers.FieldError(page.DocumentElement.OuterHtml, "Input_StartDate"));
        Assert.True(Highlighted(page, "Input.StartDate.Month"));
        Assert.False(Highlighted(page, "Input.StartDate.Day"));
        Assert.False(Highlighted(page, "Input.StartDate.Year"));
        Assert.False(Highlighted(page, "Input.EndDate.Day"));
        Assert.Equal("3", Box(page, "Input.StartDate.Day").GetAttribute("value"));
        Assert.Equal("2025", Box(page, "Input.StartDate.Year").GetAttribute("value"));

        // The summary links to the box to put right (the month), inside the group that shows the error.
        var link = page.QuerySelector(".nhsuk-error-summary__list a")!;
        Assert.Equal("Start date must include a month", link.TextContent.Trim());
        Assert.Equal("#Input_StartDate-month", link.GetAttribute("href"));
        var target = page.GetElementById("Input_StartDate-month")!;
        Assert.Equal("Input.StartDate.Month", target.GetAttribute("name"));
        Assert.NotNull(target.Closest(".nhsuk-form-group--error"));
        Assert.Equal("Input.StartDate.Day", page.GetElementById("Input_StartDate")!.GetAttribute("name")); // the field's own id: the day box
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Activities.CountAsync(a => a.Title == "Dates missing")));

        var two = await PageAsync(await client.PostFormAsync("/Activities/Add", Activity("Dates missing", ("", "", "2025"))));
        Assert.Equal("Start date must include a day and month", Records.PageHelpers.FieldError(two.DocumentElement.OuterHtml, "Input_StartDate"));
        Assert.True(Highlighted(two, "Input.StartDate.Day") && Highlighted(two, "Input.StartDate.Month") && !Highlighted(two, "Input.StartDate.Year"));
    }

    [Fact]
    public async Task ImpossibleDate_MustBeARealDate_AndAShortYearSaysHowToWriteIt()
    {
        var client = await factory.CreateSignedInFormClientAsync("dates-impossible@example.nhs.uk");
        var page = await PageAsync(await client.PostFormAsync("/Activities/Add", Activity("Dates impossible", ("30", "2", "2025"))));
        Assert.Equal("Start date must be a real date", Records.PageHelpers.FieldError(page.DocumentElement.OuterHtml, "Input_StartDate"));
        Assert.True(Highlighted(page, "Input.StartDate.Day"));
        Assert.False(Highlighted(page, "Input.StartDate.Month"));
        Assert.Equal("#Input_StartDate", page.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href"));

        var month = await PageAsync(await client.PostFormAsync("/Activities/Add", Activity("Dates impossible", ("3", "13", "2025"))));
        Assert.Equal("Start date must be a real date", Records.PageHelpers.FieldError(month.DocumentElement.OuterHtml, "Input_StartDate"));
        Assert.True(Highlighted(month, "Input.StartDate.Month") && !Highlighted(month, "Input.StartDate.Day"));

        var year = await PageAsync(await client.PostFormAsync("/Activities/Add", Activity("Dates impossible", ("3", "2", "25"))));
        Assert.Equal("Start date must have a year of 4 numbers, for example 2025", Records.PageHelpers.FieldError(year.DocumentElement.OuterHtml, "Input_StartDate"));
        Assert.True(Highlighted(year, "Input.StartDate.Year") && !Highlighted(year, "Input.StartDate.Day"));
    }

    [Fact]
    public async Task ARuleAboutTheDate_LandsOnThatDate_WithEveryBoxHighlighted_AndOtherErrorsInTheSameRound()
    {
        var client = await factory.CreateSignedInFormClientAsync("dates-rule@example.nhs.uk");
        var form = Activity("", ("3", "2", "2025"));
        form["Input.EndDate"] = Day(5);
        var page = await PageAsync(await client.PostFormAsync("/Activities/Add", form));

        var html = page.DocumentElement.OuterHtml;
        Assert.StartsWith("The end date cannot be in the future for a completed activity", Records.PageHelpers.FieldError(html, "Input_EndDate"));
        Assert.True(Highlighted(page, "Input.EndDate.Day") && Highlighted(page, "Input.EndDate.Month") && Highlighted(page, "Input.EndDate.Year"));
        Assert.Null(Records.PageHelpers.FieldError(html, "Input_StartDate"));
        Assert.Contains("Enter a title", Records.PageHelpers.ErrorSummary(html));
    }

    [Fact]
    public async Task ARegistrationsDateOption_IsADateInputToo_SavedAsADate_AndRefusedOnItsFieldWhenWrong()
    {
        var client = await factory.CreateSignedInFormClientAsync("dates-option@example.nhs.uk");
        var form = await new HtmlParser().ParseDocumentAsync(await client.GetPageAsync("/Registrations/Add?body=NMC"));
        Assert.NotNull(form.QuerySelector("input[name='Input.OptionDates[submittedOn].Month']"));
        Assert.Null(form.QuerySelector("input[name='Input.Options[submittedOn]']"));

        Dictionary<string, string> Fields(string number, string day, string month, string year) => new()
        {
            ["Input.BodyCode"] = "NMC",
            ["Input.RegistrationNumber"] = number,
            ["Input.AnchorDate"] = "2027-06-30",
            ["Input.Options[registration]"] = "nurse",
            ["Input.OptionDates[submittedOn].Day"] = day,
            ["Input.OptionDates[submittedOn].Month"] = month,
            ["Input.OptionDates[submittedOn].Year"] = year,
        };

        var wrong = await PageAsync(await client.PostFormAsync("/Registrations/Add", Fields("13A3456E", "10", "", "2027"), "/Registrations/Add?body=NMC"));
        var html = wrong.DocumentElement.OuterHtml;
        Assert.Equal(["Submitted on must include a month"], Records.PageHelpers.ErrorSummary(html));
        Assert.Equal("Submitted on must include a month", Records.PageHelpers.FieldError(html, "Input_OptionDates_submittedOn_"));
        Assert.True(Highlighted(wrong, "Input.OptionDates[submittedOn].Month") && !Highlighted(wrong, "Input.OptionDates[submittedOn].Day"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Registrations.CountAsync(r => r.RegistrationNumber == "13A3456E")));

        var saved = await client.PostFormAsync("/Registrations/Add", Fields("13A3456E", "10", "5", "2027"), "/Registrations/Add?body=NMC");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var registration = await factory.WithDbAsync(db => db.Registrations.SingleAsync(r => r.RegistrationNumber == "13A3456E"));
        Assert.Equal("2027-05-10", registration.Options["submittedOn"]);
    }
}
