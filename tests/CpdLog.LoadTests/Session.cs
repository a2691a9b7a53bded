namespace CpdLog.LoadTests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>A signed-in user as the load generator uses them: a cookie header for pages and a bearer token for the API.</summary>
internal sealed record Session(string Email, string Cookie, string Token, Guid RegistrationId, bool IsLineManager);
