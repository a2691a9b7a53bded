namespace CpdLog.Web.Features.Funding;

using CpdLog.Core.Display;
using CpdLog.Web.Api.Paging;
using System.Globalization;
using System.Text;
using CpdLog.Core.Funding;
using CpdLog.Data;
using Microsoft.EntityFrameworkCore;

public sealed record LeaverLine(CpdUser Person, FundingRequest Request, AgreementAcceptance Acceptance, AgreementTemplate Template, RepaymentQuote Quote);
