namespace CpdLog.Web.Features.Funding;

using System.Security.Claims;
using CpdLog.Core.Funding;
using CpdLog.Core.Records;
using CpdLog.Data;
using CpdLog.Web.Features.Registrations;
using CpdLog.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

public sealed record QueueItem(FundingRequest Request, CpdUser Requester, string Stage);
