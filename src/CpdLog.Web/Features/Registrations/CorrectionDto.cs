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

/// <summary>A requirement whose result changed because CpdLog corrected how it reads the body's rule.</summary>
public sealed record CorrectionDto(
    string RequirementCode,
    DateOnly CorrectedOn,
    IReadOnlyList<string> What,
    string StatusBefore,
    decimal RequiredBefore,
    decimal AchievedBefore,
    string StatusNow);
