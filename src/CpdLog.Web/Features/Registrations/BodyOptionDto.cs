namespace CpdLog.Web.Features.Registrations;

using CpdLog.Web.Api.Paging;
using System.Globalization;
using System.Security.Claims;
using CpdLog.Core.Compliance;
using CpdLog.Core.Registrations;
using CpdLog.Data;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

/// <param name="Format">"text" or "date" (YYYY-MM-DD) for an option without choices.</param>
public sealed record BodyOptionDto(string Key, string Label, IReadOnlyList<string> Choices, string Default, string Hint, string Format);
