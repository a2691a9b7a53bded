namespace CpdLog.Web.Features.Funding;

using System.Security.Claims;
using CpdLog.Core.Funding;
using CpdLog.Core.Records;
using CpdLog.Data;
using CpdLog.Web.Features.Registrations;
using CpdLog.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

/// <summary>One report's year and how each of their registrations stands: status and deadline only, never the records behind it.</summary>
public sealed record TeamMemberOverview(TeamMemberYear Member, IReadOnlyList<RegistrationStatus> Registrations);
