namespace CpdLog.IntegrationTests.Records;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpdLog.IntegrationTests.Infrastructure;
using static CpdLog.IntegrationTests.Records.RecordSamples;

public sealed class RecordsApiTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Theory]
    [MemberData(nameof(RecordSamples.Kinds), MemberType = typeof(RecordSamples))]
    public async Task RoundTrip_CreateReadUpdateListDeleteRestore(string slug)
    {
        var client = await factory.CreateApiClientAsync($"roundtrip-{slug}@example.nhs.uk");
        var field = LabelField(slug);
        var payload = Valid(slug, "Original");

        var created = await client.PostAsJsonAsync($"/api/v1/{slug}", payload);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/{slug}/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("Original", body.GetProperty(field).GetString());

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/{slug}/{id}");
        Assert.Equal("Original", read.GetProperty(field).GetString());

        payload[field] = "Changed";
        var updated = await client.PutAsJsonAsync($"/api/v1/{slug}/{id}", payload);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Changed", (await client.GetFromJsonAsync<JsonElement>($"/api/v1/{slug}/{id}")).GetProperty(field).GetString());

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/{slug}");
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id && r.GetProperty(field).GetString() == "Changed");

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/{slug}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/{slug}/{id}")).StatusCode);
        Assert.DoesNotContain((await client.GetFromJsonAsync<JsonElement>($"/api/v1/{slug}")).EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        var bin = await client.GetFromJsonAsync<JsonElement>("/api/v1/bin");
        Assert.Contains(bin.EnumerateArray(), i => i.GetProperty("kind").GetString() == slug && i.GetProperty("id").GetGuid() == id);

        // Still in the database: a delete is never a hard delete.
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/bin/{slug}/{id}/restore", null)).StatusCode);
        Assert.Equal("Changed", (await client.GetFromJsonAsync<JsonElement>($"/api/v1/{slug}/{id}")).GetProperty(field).GetString());
        Assert.DoesNotContain((await client.GetFromJsonAsync<JsonElement>("/api/v1/bin")).EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);

        // Restoring something not in the bin is a 404, not a silent success.
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/bin/{slug}/{id}/restore", null)).StatusCode);
    }

    [Fact]
    public async Task Activity_RoundTrip_KeepsEveryField()
    {
        var client = await factory.CreateApiClientAsync("activity-fields@example.nhs.uk");

        var body = await CreateAsync(client, "activities", "Costing workshop");

        Assert.Equal(Day(-12), body.GetProperty("startDate").GetString());
        Assert.Equal(Day(-10), body.GetProperty("endDate").GetString());
        Assert.Equal(6.5m, body.GetProperty("hours").GetDecimal());
        Assert.Equal(4m, body.GetProperty("participatoryHours").GetDecimal());
        Assert.Equal("Workshop", body.GetProperty("method").GetString());
        Assert.Equal(["PractiseEffectively", "PreserveSafety"], body.GetProperty("codeThemes").EnumerateArray().Select(t => t.GetString()));
        Assert.True(body.GetProperty("isVerifiable").GetBoolean());
        Assert.Equal("costing, PLICS", body.GetProperty("tags").GetString());
        Assert.Equal("HFMA competency 3", body.GetProperty("standards").GetString());
    }

    [Fact]
    public async Task Discussion_NormalisesPinAndPostcode()
    {
        var client = await factory.CreateApiClientAsync("discussion-pin@example.nhs.uk");

        var body = await CreateAsync(client, "discussions", "Grace");

        Assert.Equal("12A3456E", body.GetProperty("partnerNmcPin").GetString());
        Assert.Equal("LS1 4AP", body.GetProperty("partnerPostcode").GetString());
    }

    [Fact]
    public async Task Create_ParticipatoryMoreThanHours_ReturnsProblemWithFieldKey()
    {
        var client = await factory.CreateApiClientAsync("val-participatory@example.nhs.uk");
        var payload = Valid("activities");
        payload["hours"] = 2m;
        payload["participatoryHours"] = 3m;

        var errors = await ValidationErrorsAsync(await client.PostAsJsonAsync("/api/v1/activities", payload));

        Assert.Equal("Participatory hours cannot be more than the total hours", FirstError(errors, "participatoryHours"));
        Assert.Single(errors.EnumerateObject());
    }

    [Fact]
    public async Task Create_CompletedActivityInFuture_ReturnsProblem_ButPlannedIsAccepted()
    {
        var client = await factory.CreateApiClientAsync("val-future@example.nhs.uk");
        var payload = Valid("activities");
        payload["startDate"] = Day(1);
        payload["endDate"] = Day(2);

        var errors = await ValidationErrorsAsync(await client.PostAsJsonAsync("/api/v1/activities", payload));
        Assert.StartsWith("The end date cannot be in the future for a completed activity", FirstError(errors, "endDate"));
        Assert.StartsWith("The start date cannot be in the future", FirstError(errors, "startDate"));

        payload["status"] = "Planned";
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/activities", payload)).StatusCode);
    }

    [Fact]
    public async Task Create_MissingFields_ReturnsAMessageForEach()
    {
        var client = await factory.CreateApiClientAsync("val-missing@example.nhs.uk");

        var errors = await ValidationErrorsAsync(await client.PostAsJsonAsync("/api/v1/activities", new { status = "Completed" }));

        Assert.Equal("Enter a title", FirstError(errors, "title"));
        Assert.Equal("Enter the start date", FirstError(errors, "startDate"));
        Assert.Equal("Enter the end date", FirstError(errors, "endDate"));
        Assert.Equal("Enter the number of hours, more than 0", FirstError(errors, "hours"));
        Assert.Equal("Select how you did the learning", FirstError(errors, "method"));
        Assert.Equal("Enter a description of the activity", FirstError(errors, "description"));
    }

    [Fact]
    public async Task Create_WrongJsonType_ReturnsProblemOnThatField()
    {
        var client = await factory.CreateApiClientAsync("val-json@example.nhs.uk");
        var payload = Valid("activities");
        payload["hours"] = "seven";

        var errors = await ValidationErrorsAsync(await client.PostAsJsonAsync("/api/v1/activities", payload));
        Assert.StartsWith("Enter a value of the right type", FirstError(errors, "hours"));

        var notJson = await client.PostAsync("/api/v1/activities", new StringContent("title=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
    }

    [Fact]
    public async Task Update_Invalid_ReturnsProblem_AndLeavesRecordUnchanged()
    {
        var client = await factory.CreateApiClientAsync("val-update@example.nhs.uk");
        var id = await CreateIdAsync(client, "activities", "Keep me");
        var payload = Valid("activities", "");
        payload["endDate"] = Day(-20);

        var errors = await ValidationErrorsAsync(await client.PutAsJsonAsync($"/api/v1/activities/{id}", payload));

        Assert.Equal("Enter a title", FirstError(errors, "title"));
        Assert.Equal("The end date must be the same as or after the start date", FirstError(errors, "endDate"));
        Assert.Equal("Keep me", (await client.GetFromJsonAsync<JsonElement>($"/api/v1/activities/{id}")).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("practice-hours", "workSetting", "Somewhere", "Select a work setting")]
    [InlineData("practice-hours", "hours", 5000, "Hours cannot be more than 24 for each day between the start and end dates")]
    [InlineData("discussions", "partnerNmcPin", "1234", "Enter an NMC Pin in the correct format, like 12A3456E")]
    [InlineData("discussions", "partnerEmail", "not-an-email", "Enter an email address in the correct format, like name@example.nhs.uk")]
    [InlineData("feedback", "howUsed", "", "Enter how you used the feedback to improve your practice")]
    [InlineData("reflections", "changeInPractice", " ", "Describe how you changed or improved your practice")]
    [InlineData("confirmations", "confirmerIsNmcRegistrant", true, "Enter the confirmer’s NMC Pin")]
    [InlineData("declarations", "kind", "Indemnity", "Enter the name of your indemnity provider")]
    public async Task Create_BreaksARule_ReturnsThatFieldsMessage(string slug, string field, object value, string message)
    {
        var client = await factory.CreateApiClientAsync($"rule-{slug}-{field}@example.nhs.uk");
        var payload = Valid(slug);
        payload[field] = value;

        var errors = await ValidationErrorsAsync(await client.PostAsJsonAsync($"/api/v1/{slug}", payload));

        var key = field is "confirmerIsNmcRegistrant" ? "confirmerProfessionalId" : field is "kind" ? "indemnityProvider" : field;
        Assert.Equal(message, FirstError(errors, key));
    }

    [Fact]
    public async Task Reflection_LinkedToAnotherUsersActivity_IsRefused()
    {
        var other = await factory.CreateApiClientAsync("link-other@example.nhs.uk");
        var theirs = await CreateIdAsync(other, "activities", "Not yours");
        var client = await factory.CreateApiClientAsync("link-me@example.nhs.uk");
        var mine = await CreateIdAsync(client, "activities", "Mine");
        var payload = Valid("reflections");

        payload["activityId"] = theirs;
        var errors = await ValidationErrorsAsync(await client.PostAsJsonAsync("/api/v1/reflections", payload));
        Assert.Equal("Select one of your CPD activities, or none", FirstError(errors, "activityId"));

        payload["activityId"] = mine;
        var created = await client.PostAsJsonAsync("/api/v1/reflections", payload);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(mine, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("activityId").GetGuid());
    }

    [Theory]
    [InlineData("GET", "/api/v1/activities")]
    [InlineData("POST", "/api/v1/reflections")]
    [InlineData("GET", "/api/v1/bin")]
    [InlineData("GET", "/api/v1/evidence/00000000-0000-0000-0000-000000000001/content")]
    public async Task Api_WithoutSignIn_Returns401(string method, string url)
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_ListsEveryRecordEndpoint()
    {
        var doc = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");

        foreach (var slug in Slugs)
        {
            var list = paths.GetProperty($"/api/v1/{slug}");
            Assert.True(list.TryGetProperty("get", out _), slug);
            Assert.True(list.TryGetProperty("post", out var post), slug);
            Assert.True(post.GetProperty("responses").TryGetProperty("400", out _), $"{slug} POST documents its validation problem");
            var one = paths.GetProperty($"/api/v1/{slug}/{{id}}");
            Assert.True(one.TryGetProperty("get", out _) && one.TryGetProperty("put", out _) && one.TryGetProperty("delete", out _), slug);
        }

        Assert.True(paths.GetProperty("/api/v1/evidence").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/v1/evidence").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/evidence/{id}/content").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/evidence/{id}").TryGetProperty("delete", out _));
        Assert.True(paths.GetProperty("/api/v1/bin").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/bin/{kind}/{id}/restore").TryGetProperty("post", out _));
    }
}
