namespace CpdLog.IntegrationTests.Funding;

using CpdLog.Core.Funding;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>The audit trail is append-only at the data layer, not only by convention in the services.</summary>
public sealed class AuditTrailTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    private async Task<Guid> AddEntryAsync(string detail) => await factory.WithDbAsync(async db =>
    {
        var entry = new FundingAuditEntry { At = DateTimeOffset.UtcNow, ActorId = "someone", Kind = "BudgetAllocated", CostCentre = "FIN-100", Amount = 5000m, Detail = detail };
        db.FundingAudit.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    });

    [Fact]
    public async Task AuditEntry_Changed_IsRefusedAndNothingIsSaved()
    {
        var id = await AddEntryAsync("Initial allocation");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            var entry = await db.FundingAudit.SingleAsync(e => e.Id == id);
            entry.Amount = 1m;
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("append-only", error.Message);
        Assert.Equal(5000m, await factory.WithDbAsync(async db => (await db.FundingAudit.SingleAsync(e => e.Id == id)).Amount));
    }

    [Fact]
    public async Task AuditEntry_Deleted_IsRefused()
    {
        var id = await AddEntryAsync("Allocation to keep");

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            db.FundingAudit.Remove(await db.FundingAudit.SingleAsync(e => e.Id == id));
            return await db.SaveChangesAsync();
        }));

        Assert.True(await factory.WithDbAsync(db => db.FundingAudit.AnyAsync(e => e.Id == id)));
    }
}
