namespace CpdLog.IntegrationTests.Funding;

using System.Net;
using System.Net.Http.Json;
using CpdLog.Core.Funding;
using CpdLog.Data;
using CpdLog.Web.Infrastructure.Time;
using static CpdLog.IntegrationTests.Funding.FundingApi;

/// <summary>
/// Property: no sequence of operations a user may try (random, fixed seed) drives a budget below zero when nobody
/// overrode it, and no funding page or API call ever answers 500. Refusals (400/403/404/409) are expected outcomes.
/// </summary>
public sealed class FundingPropertyTests(FundingAppFactory factory) : IClassFixture<FundingAppFactory>
{
    private const int Operations = 90;

    private static readonly DateOnly Today = TimeProvider.System.UkToday();

    private static string Email(string who) => $"prop-{who}@example.nhs.uk";

    [Fact]
    public async Task RandomOperations_NeverOverspendWithoutAnOverride_NorAnswer500()
    {
        var random = new Random(20261127);
        const string costCentre = "PROP-1";
        var lm = await factory.CreateApiClientAsync(Email("lm"), Roles.LineManager);
        var bh = await factory.CreateApiClientAsync(Email("bh"), Roles.BudgetHolder);
        var managers = new[] { await factory.CreateApiClientAsync(Email("m1")), await factory.CreateApiClientAsync(Email("m2")) };
        await factory.SetPersonAsync(Email("m1"), Email("lm"), costCentre);
        await factory.SetPersonAsync(Email("m2"), Email("lm"), costCentre);
        await factory.HoldAsync(Email("bh"), costCentre);
        var year = FinancialYear.Containing(Today.AddDays(-5)).Label;
        var allocated = 3000m;
        (await bh.PutAsJsonAsync("/api/v1/budgets", new { costCentre, financialYear = year, allocated, reason = "Initial" }, Json)).EnsureSuccessStatusCode();
        var pages = new[] { await factory.SignInFormClientAsync(Email("m1")), await factory.SignInFormClientAsync(Email("lm")), await factory.SignInFormClientAsync(Email("bh")) };

        var requests = new List<(Guid Id, HttpClient Owner)>();
        var status = new Dictionary<Guid, string>();
        var log = new List<string>();
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        decimal Pounds(int max) => random.Next(0, max * 100) / 100m;

        // Every response: never a 500; a request it returns updates what we know of that request's status.
        async Task<System.Text.Json.JsonElement> Check(string what, HttpResponseMessage response)
        {
            log.Add($"{what} → {(int)response.StatusCode}");
            var text = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"{what} answered {(int)response.StatusCode}: {text}\n{string.Join("\n", log.TakeLast(20))}");
            if (!(response.Content.Headers.ContentType?.MediaType ?? "").Contains("json", StringComparison.Ordinal))
            {
                return default;
            }

            var json = System.Text.Json.JsonDocument.Parse(text).RootElement;
            if (response.IsSuccessStatusCode && json.ValueKind == System.Text.Json.JsonValueKind.Object
                && json.TryGetProperty("status", out var s) && json.TryGetProperty("id", out var rid))
            {
                status[rid.GetGuid()] = s.GetString()!;
            }

            return json;
        }

        for (var i = 0; i < Operations; i++)
        {
            // Mostly the next step a request's status allows (so sequences reach approval, completion and extra costs),
            // sometimes any operation at all (so refusals in every state are exercised too).
            var (id, owner) = requests.Count == 0 ? (Guid.Empty, managers[0]) : Pick(requests);
            var next = status.GetValueOrDefault(id) switch
            {
                "Draft" or "Returned" => 1,
                "Submitted" or "AwaitingBudgetHolder" => 2,
                "InProgress" => 6,
                "AwaitingCostApproval" => 8,
                _ => 0,
            };
            var op = requests.Count == 0 || random.Next(5) == 0 ? 0 : random.Next(4) == 0 ? random.Next(10) : next;
            switch (op)
            {
                case 0:
                {
                    var who = Pick(managers);
                    var body = Request($"Course {i}", Pounds(1500), random.Next(3) == 0 ? Pounds(300) : 0m, startInDays: -random.Next(0, 5), leaveDays: random.Next(0, 2));
                    var created = await who.PostAsJsonAsync("/api/v1/funding-requests", body, Json);
                    var dto = await Check("create", created);
                    if (created.StatusCode == HttpStatusCode.Created)
                    {
                        requests.Add((dto.GetProperty("id").GetGuid(), who));
                    }

                    break;
                }

                case 1:
                    await Check("submit", await owner.PostAsync($"/api/v1/funding-requests/{id}/submit", null));
                    break;
                case 2 or 3:
                {
                    var current = await (await owner.GetAsync($"/api/v1/funding-requests/{id}")).JsonAsync();
                    var asked = current.GetProperty("totalRequested").GetDecimal();
                    object input = random.Next(3) == 0
                        ? new { amount = decimal.Round(asked * (decimal)random.NextDouble(), 2), amountReason = "Part funded", allowRetrospective = true }
                        : new { allowRetrospective = true };
                    var approver = status.GetValueOrDefault(id) == "AwaitingBudgetHolder" ? bh : status.GetValueOrDefault(id) == "Submitted" ? lm : Pick(new[] { lm, bh });
                    await Check("approve", await approver.PostAsJsonAsync($"/api/v1/funding-requests/{id}/approve", input, Json));
                    break;
                }

                case 4:
                    await Check("return/reject", await Pick(new[] { lm, bh }).PostAsJsonAsync($"/api/v1/funding-requests/{id}/{Pick(new[] { "return", "reject" })}", new { comment = "No" }, Json));
                    break;
                case 5:
                    await Check("withdraw", await owner.PostAsJsonAsync($"/api/v1/funding-requests/{id}/withdraw", new { comment = "Changed plans" }, Json));
                    break;
                case 6 or 7:
                {
                    var cost = random.Next(3) switch { 0 => (decimal?)null, 1 => Pounds(800), _ => Pounds(2500) };
                    await Check("complete", await owner.PostAsJsonAsync($"/api/v1/funding-requests/{id}/complete",
                        new { completedOn = Today, actualHours = random.Next(1, 24), actualCost = cost, costReason = "Prices went up", reflection = "Learned." }, Json));
                    break;
                }

                case 8:
                    await Check("cost decision", await Pick(new[] { lm, bh }).PostAsJsonAsync($"/api/v1/funding-requests/{id}/cost-decision",
                        new { accept = random.Next(2) == 0, comment = "Decided" }, Json));
                    break;
                default:
                    allocated += Pounds(500);
                    await Check("budget", await bh.PutAsJsonAsync("/api/v1/budgets", new { costCentre, financialYear = year, allocated, reason = "Top-up" }, Json));
                    break;
            }

            var budgets = await Check("budgets", await bh.GetAsync($"/api/v1/budgets?year={Uri.EscapeDataString(year)}"));
            var position = budgets.EnumerateArray().Single(b => b.GetProperty("costCentre").GetString() == costCentre);
            Assert.True(position.GetProperty("remaining").GetDecimal() >= 0,
                $"After operation {i} the budget is {position.GetProperty("remaining").GetDecimal()} with no override\n{string.Join("\n", log.TakeLast(20))}");

            if (i % 30 == 29)
            {
                foreach (var (client, url) in new[]
                         {
                             (pages[0], "/Funding"), (pages[1], "/Team"), (pages[1], "/Team/Overview"), (pages[2], "/Team"), (pages[2], "/FundingAdmin"),
                             (pages[0], $"/Funding/Details/{id}"), (pages[1], $"/Team/Decide/{id}"), (pages[2], $"/Team/Decide/{id}"),
                         })
                {
                    await Check(url, await client.GetAsync(url));
                }
            }
        }

        var statuses = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.FundingRequests.Where(r => r.CostCentre == costCentre || r.CostCentre == "").Select(r => r.Status)));
        // The sequence reached money-moving states, so the property was tested on them, not only on refusals.
        Assert.Contains(FundingStatus.Completed, statuses);
        Assert.Contains(statuses, s => s is FundingStatus.InProgress or FundingStatus.AwaitingBudgetHolder or FundingStatus.AwaitingCostApproval);
    }
}
