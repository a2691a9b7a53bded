namespace CpdLog.IntegrationTests.Funding;

using System.Net.Http.Json;
using System.Text.Json;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

/// <summary>The real app pointed at an in-test SMTP server, with the reminder timer off (tests run reminders explicitly).</summary>
public sealed class FundingAppFactory : CpdLogAppFactory
{
    public SmtpTestServer Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Mode"] = "Smtp",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Funding:RemindersEnabled"] = "false",
        ["Funding:SecondApprovalThreshold"] = "1000",
    };

    public override async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>A budget holder holds a cost centre (what an Admin does on Admin/CostCentres).</summary>
    public Task HoldAsync(string email, string costCentre) => WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.Email == email);
        db.CostCentreHolders.Add(new CpdLog.Core.Funding.CostCentreHolder { UserId = user.Id, CostCentre = costCentre.ToUpperInvariant(), AssignedById = user.Id });
        return await db.SaveChangesAsync();
    });

    /// <summary>Sets a person's line manager, cost centre and FTE (what an Admin does).</summary>
    public Task SetPersonAsync(string email, string? lineManagerEmail, string? costCentre = "FIN-100", decimal fte = 1.0m) => WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.Email == email);
        user.LineManagerId = lineManagerEmail is null ? null : (await db.Users.SingleAsync(u => u.Email == lineManagerEmail)).Id;
        user.CostCentre = costCentre;
        user.Fte = fte;
        user.DisplayName = email.Split('@')[0];
        return await db.SaveChangesAsync();
    });
}

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
