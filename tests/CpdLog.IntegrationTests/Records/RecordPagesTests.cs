namespace CpdLog.IntegrationTests.Records;

using System.Net;
using System.Net.Http.Json;
using CpdLog.IntegrationTests.Infrastructure;
using static CpdLog.IntegrationTests.Records.PageHelpers;
using static CpdLog.IntegrationTests.Records.RecordSamples;

/// <summary>The six revalidation record types through their pages: add, see, change, delete, restore from the bin.</summary>
public sealed class RecordPagesTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    /// <summary>Page folder, bin slug, a valid form (with <c>{label}</c> where the label goes).</summary>
    private static (string Folder, string Slug, Dictionary<string, string> Form) Sample(string slug, string label) => slug switch
    {
        "reflections" => ("Reflections", slug, new()
        {
            ["Input.Title"] = label, ["Input.Date"] = Day(-4), ["Input.Nature"] = "Budget review", ["Input.Learning"] = "Acuity matters",
            ["Input.ChangeInPractice"] = "Reconcile first", ["Input.CodeRelevance"] = "Preserve safety", ["Input.CodeThemes"] = "PreserveSafety",
            ["Input.ActivityId"] = "", ["Input.FeedbackId"] = "",
        }),
        "feedback" => ("Feedback", slug, new()
        {
            ["Input.Date"] = Day(-4), ["Input.Source"] = "Patient", ["Input.Type"] = "Written", ["Input.Summary"] = label, ["Input.HowUsed"] = "Changed the leaflet",
        }),
        "practice-hours" => ("PracticeHours", slug, new()
        {
            ["Input.StartDate"] = Day(-60), ["Input.EndDate"] = Day(-1), ["Input.Organisation"] = label, ["Input.OrganisationAddress"] = "Infirmary Road",
            ["Input.WorkSetting"] = "Community setting", ["Input.ScopeOfPractice"] = "Education", ["Input.RegistrationType"] = "Nurse",
            ["Input.Hours"] = "300", ["Input.Description"] = "Teaching",
        }),
        "discussions" => ("Discussions", slug, new()
        {
            ["Input.Date"] = Day(-4), ["Input.PartnerName"] = label, ["Input.PartnerNmcPin"] = "98B7654C", ["Input.PartnerEmail"] = "p@example.nhs.uk",
        }),
        "confirmations" => ("Confirmations", slug, new()
        {
            ["Input.Date"] = Day(-4), ["Input.ConfirmerName"] = label, ["Input.ConfirmerRole"] = "Matron", ["Input.ConfirmerIsNmcRegistrant"] = "true",
            ["Input.ConfirmerProfessionalId"] = "11C2222D", ["Input.ConfirmerEmail"] = "m@example.nhs.uk",
        }),
        _ => ("Declarations", "declarations", new()
        {
            ["Input.Kind"] = "Indemnity", ["Input.Date"] = Day(-4), ["Input.Statement"] = "", ["Input.IndemnityThroughEmployer"] = "false",
            ["Input.IndemnityProvider"] = label,
        }),
    };

    public static TheoryData<string> PageKinds => ["reflections", "feedback", "practice-hours", "discussions", "confirmations", "declarations"];

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task AddChangeDeleteRestore_ThroughPages(string slug)
    {
        var client = await factory.CreateSignedInFormClientAsync($"record-pages-{slug}@example.nhs.uk");
        var label = Unique("Label");
        var (folder, _, form) = Sample(slug, label);
        var labelKey = form.Single(kv => kv.Value == label).Key;

        Assert.Equal($"/Records/{folder}", await client.PostAndFollowAsync($"/Records/{folder}/Add", form));
        var index = Decode(await client.GetPageAsync($"/Records/{folder}"));
        Assert.Contains(label, index);
        var id = (await client.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/{slug}")).EnumerateArray().Single().GetProperty("id").GetGuid();
        Assert.Contains($"/Records/{folder}/Edit/{id}", index);

        var edit = await client.GetPageAsync($"/Records/{folder}/Edit/{id}");
        Assert.Equal(label, InputValue(edit, labelKey) ?? TextareaValue(edit, labelKey));
        form[labelKey] = label + " changed";
        await client.PostAndFollowAsync($"/Records/{folder}/Edit/{id}", form);
        Assert.Contains(label + " changed", Decode(await client.GetPageAsync($"/Records/{folder}")));

        Assert.Equal($"/Records/{folder}", await client.PostAndFollowAsync($"/Records/{folder}/Delete/{id}", [], $"/Records/{folder}/Delete/{id}"));
        // The page may echo the label in the "moved to the bin" banner; the record's own links must be gone.
        Assert.DoesNotContain($"/Records/{folder}/Edit/{id}", await client.GetPageAsync($"/Records/{folder}"));
        Assert.Contains($"value=\"{id}\"", await client.GetPageAsync("/Bin"));

        await client.PostAndFollowAsync("/Bin?handler=Restore", new() { ["kind"] = slug, ["id"] = id.ToString() }, "/Bin");
        Assert.Contains($"/Records/{folder}/Edit/{id}", await client.GetPageAsync($"/Records/{folder}"));
        Assert.DoesNotContain($"value=\"{id}\"", await client.GetPageAsync("/Bin"));
    }

    [Fact]
    public async Task Reflection_EmptyForm_ListsEveryMissingAnswer()
    {
        var client = await factory.CreateSignedInFormClientAsync("record-pages-empty@example.nhs.uk");

        var response = await client.PostFormAsync("/Records/Reflections/Add", new() { ["Input.Title"] = "Kept title" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["Describe how this is relevant to the Code", "Describe how you changed or improved your practice", "Describe the nature of the activity, feedback or experience",
             "Describe what you learned", "Enter the date of the account"],
            ErrorSummary(html).Order(StringComparer.Ordinal));
        Assert.Equal("Kept title", InputValue(html, "Input.Title"));
    }

    [Fact]
    public async Task PracticeHours_ChoicesComeFromTheNmcLists()
    {
        var client = await factory.CreateSignedInFormClientAsync("record-pages-lists@example.nhs.uk");
        var (_, _, form) = Sample("practice-hours", "Trust");
        form["Input.WorkSetting"] = "Spaceship";

        var html = Decode(await (await client.PostFormAsync("/Records/PracticeHours/Add", form)).Content.ReadAsStringAsync());

        Assert.Equal(["Select a work setting"], ErrorSummary(html));
        Assert.Contains("<option value=\"Maternity unit or birth centre\">", html);
        Assert.Contains("<option value=\"Quality assurance or inspection\">", html);
    }

    [Fact]
    public async Task RecordsIndex_CountsEachTypeOfTheUsersRecords()
    {
        var client = await factory.CreateSignedInFormClientAsync("record-pages-counts@example.nhs.uk");
        await CreateIdAsync(client.Http, "feedback", "One");
        await CreateIdAsync(client.Http, "feedback", "Two");
        await CreateIdAsync(client.Http, "practice-hours", "Trust");
        var other = await factory.CreateApiClientAsync("record-pages-counts-other@example.nhs.uk");
        await CreateIdAsync(other, "feedback", "Not mine");

        var html = await client.GetPageAsync("/Records");

        Assert.Matches("data-testid=\"count-Feedback\">\\s*<strong>2</strong> records", html);
        Assert.Matches("data-testid=\"count-PracticeHours\">\\s*<strong>1</strong> record, 520 hours", html);
        Assert.Matches("data-testid=\"count-Reflections\">\\s*<strong>0</strong> records", html);
    }
}
