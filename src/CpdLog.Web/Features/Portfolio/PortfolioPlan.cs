namespace CpdLog.Web.Features.Portfolio;

using CpdLog.Core.Compliance;
using CpdLog.Core.Compliance.Progress;
using CpdLog.Core.Display;
using CpdLog.Core.Funding;
using CpdLog.Core.Portfolio;
using CpdLog.Core.Registrations;
using CpdLog.Data;
using CpdLog.Portfolio;
using CpdLog.Web.Features.Registrations;
using CpdLog.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

/// <summary>A checked request, ready to render: the builder input and the file name to serve it under.</summary>
public sealed record PortfolioPlan(string OwnerId, Guid RegistrationId, PortfolioInput Input, string FileName);
