namespace CpdLog.LoadTests;

/// <summary>One measured request: what to send and what the worker does around it (untimed).</summary>
internal delegate Task<HttpResponseMessage> Send(HttpClient client, Random random, CancellationToken ct);
