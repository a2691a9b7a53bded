namespace CpdLog.IntegrationTests.Funding;

using System.Net.Http.Json;
using System.Text.Json;
using CpdLog.Web.Infrastructure.Time;

internal static class FundingApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static object Request(string title, decimal tuition, decimal exam = 0, int startInDays = 30, decimal leaveDays = 1) => new
    {
        title,
        provider = "CIPFA",
        startDate = TimeProvider.System.UkToday().AddDays(startInDays),
        endDate = TimeProvider.System.UkToday().AddDays(startInDays + 60),
        mode = "Online",
        tuitionFee = tuition,
        examFee = exam,
        studyLeaveDays = leaveDays,
        plannedHours = 35,
        justification = "Needed for the IPSAS conversion.",
        expectedImpact = "Lead the conversion.",
    };

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Json);

    public static async Task<Guid> CreateSubmittedAsync(HttpClient manager, string title, decimal tuition, decimal exam = 0)
    {
        var created = await manager.PostAsJsonAsync("/api/v1/funding-requests", Request(title, tuition, exam), Json);
        created.EnsureSuccessStatusCode();
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        (await manager.PostAsync($"/api/v1/funding-requests/{id}/submit", null)).EnsureSuccessStatusCode();
        return id;
    }
}
