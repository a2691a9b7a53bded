namespace CpdLog.IntegrationTests.Records;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpdLog.Web.Infrastructure.Time;

/// <summary>Valid API payloads for each record type, and the helpers the record tests share.</summary>
public static class RecordSamples
{
    /// <summary>The API slugs of the seven record types, for data-driven tests.</summary>
    public static readonly string[] Slugs = ["activities", "reflections", "feedback", "practice-hours", "discussions", "confirmations", "declarations", "gap-explanations"];

    public static TheoryData<string> Kinds => [.. Slugs];

    public static string Day(int offsetFromToday)
        => TimeProvider.System.UkToday().AddDays(offsetFromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A valid create payload; <paramref name="label"/> is put in the field <see cref="LabelField"/> names.</summary>
    public static Dictionary<string, object?> Valid(string slug, string label = "Sample") => slug switch
    {
        "activities" => new()
        {
            ["title"] = label,
            ["startDate"] = Day(-12),
            ["endDate"] = Day(-10),
            ["hours"] = 6.5m,
            ["participatoryHours"] = 4m,
            ["method"] = "Workshop",
            ["activityType"] = "FormalEducational",
            ["status"] = "Completed",
            ["description"] = "Patient-level costing workshop",
            ["relevanceToPractice"] = "I cost nursing time",
            ["learningOutcomes"] = "Allocation methods",
            ["codeThemes"] = new[] { "PractiseEffectively", "PreserveSafety" },
            ["standards"] = "HFMA competency 3",
            ["isVerifiable"] = true,
            ["tags"] = "costing, PLICS",
        },
        "reflections" => new()
        {
            ["title"] = label,
            ["date"] = Day(-5),
            ["nature"] = "A costing workshop",
            ["learning"] = "How nursing time is allocated",
            ["changeInPractice"] = "I reconcile rosters to the costing model",
            ["codeRelevance"] = "Practise effectively",
            ["codeThemes"] = new[] { "PractiseEffectively" },
        },
        "feedback" => new()
        {
            ["date"] = Day(-20),
            ["source"] = "Manager",
            ["type"] = "Verbal, informal",
            ["summary"] = label,
            ["howUsed"] = "Shared the template with the team",
        },
        "practice-hours" => new()
        {
            ["startDate"] = Day(-100),
            ["endDate"] = Day(-1),
            ["organisation"] = label,
            ["organisationAddress"] = "Infirmary Road, Northshire",
            ["workSetting"] = "Hospital or other secondary care",
            ["scopeOfPractice"] = "Management",
            ["registrationType"] = "Nurse",
            ["hours"] = 520m,
            ["description"] = "Finance business partner to nursing",
        },
        "discussions" => new()
        {
            ["date"] = Day(-30),
            ["partnerName"] = label,
            ["partnerNmcPin"] = "12a 3456e",
            ["partnerEmail"] = "partner@example.nhs.uk",
            ["partnerPostcode"] = "ls1 4ap",
        },
        "confirmations" => new()
        {
            ["date"] = Day(-3),
            ["confirmerName"] = label,
            ["confirmerRole"] = "Head of Finance",
            ["confirmerIsNmcRegistrant"] = false,
            ["confirmerEmail"] = "confirmer@example.nhs.uk",
        },
        "declarations" => new()
        {
            ["kind"] = "HealthAndCharacter",
            ["date"] = Day(-2),
            ["statement"] = label,
        },
        "gap-explanations" => new()
        {
            ["from"] = Day(-200),
            ["to"] = Day(-100),
            ["reason"] = label,
            ["details"] = "Off work",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(slug), slug, null),
    };

    /// <summary>The text field each sample carries its label in (what tests change and look for).</summary>
    public static string LabelField(string slug) => slug switch
    {
        "activities" or "reflections" => "title",
        "feedback" => "summary",
        "practice-hours" => "organisation",
        "discussions" => "partnerName",
        "confirmations" => "confirmerName",
        "gap-explanations" => "reason",
        _ => "statement",
    };

    public static async Task<JsonElement> CreateAsync(HttpClient client, string slug, string label)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/{slug}", Valid(slug, label));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<Guid> CreateIdAsync(HttpClient client, string slug, string label)
        => (await CreateAsync(client, slug, label)).GetProperty("id").GetGuid();

    /// <summary>The <c>errors</c> of an RFC 7807 validation problem, after checking it is one.</summary>
    public static async Task<JsonElement> ValidationErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        return problem.GetProperty("errors");
    }

    public static string FirstError(JsonElement errors, string field)
    {
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for '{field}' in {errors}");
        return messages[0].GetString()!;
    }

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";
}
