namespace CpdLog.Web.Features.Funding;

/// <summary>The funding API: <c>/api/v1/funding-requests</c>, <c>/api/v1/budgets</c> and <c>/api/v1/agreements</c>.</summary>
public static class FundingEndpoints
{
    public static void MapFundingApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapFundingRequestsApi();
        api.MapBudgetsApi();
        api.MapAgreementsApi();
    }
}
