namespace CpdLog.IntegrationTests.Funding;

using System.Net;
using CpdLog.Core.Funding;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CpdLog.IntegrationTests.Records.PageHelpers;

/// <summary>
/// The funding form shows every error at once (the summary and each field), from the same Core validation and the
/// same mapper as the API: limits the page used to keep alone (title 300, justification 4,000) now hold for both.
/// </summary>
public sealed class FundingValidationPageTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task EditPage_SeveralBadFields_ShowsEveryErrorOnItsField_AndSavesNothing()
    {
        var pages = await factory.CreateSignedInFormClientAsync("fvp-all@example.nhs.uk");

        var response = await pages.SubmitFormAsync("/Funding/Edit", new()
        {
            ["Input.Title"] = new string('t', FundingTextLimits.Title + 1),
            ["Input.Provider"] = "",
            ["Input.StartDate"] = Today.AddDays(30).ToString("yyyy-MM-dd"),
            ["Input.EndDate"] = Today.AddDays(30).ToString("yyyy-MM-dd"),
            ["Input.TuitionFee"] = "-5",
            ["Input.StudyLeave"] = "25",
            ["Input.StudyLeaveUnit"] = "Hours",
            ["Input.PlannedHours"] = "7",
            ["Input.Justification"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("The course or qualification must be 300 characters or fewer", FieldError(html, "Input_Title"));
        Assert.Equal("Enter the provider", FieldError(html, "Input_Provider"));
        Assert.Equal("The tuition fee must be £0 or more", FieldError(html, "Input_TuitionFee"));
        Assert.StartsWith("Study leave hours cannot be more than 24 for each day", FieldError(html, "Input_StudyLeave"));
        Assert.Equal("Explain why you need this study", FieldError(html, "Input_Justification"));
        Assert.Equal(5, ErrorSummary(html).Count);
        Assert.Equal(0, await factory.WithDbAsync(db => db.FundingRequests.CountAsync()));
    }

    [Fact]
    public async Task EditPage_AValueThatDoesNotBind_KeepsItsMessage_AndTheOtherFieldsStillShowTheirs()
    {
        var pages = await factory.CreateSignedInFormClientAsync("fvp-bind@example.nhs.uk");

        var html = await (await pages.SubmitFormAsync("/Funding/Edit", new()
        {
            ["Input.Title"] = "",
            ["Input.Provider"] = "CIPFA",
            ["Input.TuitionFee"] = "lots",
            ["Input.Justification"] = "Needed.",
        })).Content.ReadAsStringAsync();

        Assert.NotNull(FieldError(html, "Input_TuitionFee"));
        Assert.Equal("Enter the course or qualification", FieldError(html, "Input_Title"));
    }
}
