namespace CpdLog.Core.Archive;

/// <summary>The kinds of <see cref="ImportedHistoryItem"/>: the archive file each comes from is <c>funding/&lt;kind&gt;.json</c> or <c>portfolios/issued.json</c>.</summary>
public static class ImportedHistoryKinds
{
    public const string FundingRequest = "funding-requests";
    public const string FundingDecision = "funding-decisions";
    public const string AgreementAcceptance = "agreement-acceptances";
    public const string Agreement = "agreements";
    public const string IssuedPortfolio = "issued-portfolios";
    public const string SignOff = "sign-offs";

    /// <summary>The label every page and API response gives this history.</summary>
    public const string SourceLabel = "From your previous employer";
}
