namespace CpdLog.Web.Features.Leaving;

/// <summary>One funding request a qualification is linked to, and what happens to that support on leaving.</summary>
public sealed record LeavingSupport(Guid FundingRequestId, string Study, string Status, string WhatStops);
