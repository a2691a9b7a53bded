namespace CpdLog.IntegrationTests.Records;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using CpdLog.Web.Features.Records;
using CpdLog.Web.Infrastructure.Time;

/// <summary>Valid API payloads for each record type, and the helpers the record tests share.</summary>
public static class RecordSamples
{
    private const string LabelProbe = "label-probe";

    /// <summary>How the API reads JSON (enums by name).</summary>
    private static readonly JsonSerializerOptions ApiJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The API slugs of every record type with the standard API, from the descriptor list.</summary>
    public static readonly string[] Slugs = [.. RecordTypes.Crud.Select(t => t.Slug)];

    public static TheoryData<string> Kinds => [.. Slugs];

    public static string Day(int offsetFromToday)
        => TimeProvider.System.UkToday().AddDays(offsetFromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A valid create payload: the descriptor's sample input as the API reads it (camelCase, enums as names, nulls left
    /// out), with <paramref name="label"/> in the field <see cref="LabelField"/> names.
    /// </summary>
    public static Dictionary<string, object?> Valid(string slug, string label = "Sample")
    {
        var type = RecordTypes.Crud.SingleOrDefault(t => t.Slug == slug) ?? throw new ArgumentOutOfRangeException(nameof(slug), slug, null);
        var sample = type.Sample(DateOnly.FromDateTime(DateTime.UtcNow), label);
        var json = JsonSerializer.SerializeToElement(sample, sample.GetType(), ApiJson);
        return json.EnumerateObject()
            .Where(p => p.Value.ValueKind != JsonValueKind.Null)
            .ToDictionary(p => p.Name, p => Plain(p.Value));
    }

    /// <summary>The text field each sample carries its label in (what tests change and look for).</summary>
    public static string LabelField(string slug)
        => Valid(slug, LabelProbe).Single(kv => kv.Value is LabelProbe).Key;

    private static object? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.GetDecimal(),
        JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) => value.EnumerateArray().Select(v => v.GetString()!).ToArray(),
        JsonValueKind.Array => value.EnumerateArray().Select(Plain).ToArray(),
        JsonValueKind.Object => value.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).ToDictionary(p => p.Name, p => Plain(p.Value)),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.ValueKind, null),
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
