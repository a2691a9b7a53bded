namespace CpdLog.Web.Features.SignOff;

using System.Buffers.Text;
using System.Globalization;
using System.Net.Mail;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CpdLog.Core.Display;
using CpdLog.Core.Portfolio;
using CpdLog.Core.Records;
using CpdLog.Core.SignOffs;
using CpdLog.Data;
using CpdLog.Web.Features.Registrations;
using CpdLog.Web.Infrastructure;
using CpdLog.Web.Infrastructure.Email;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

/// <summary>How an attempt to answer or withdraw ended.</summary>
public enum SignOffOutcome
{
    Done,
    Invalid,
    NotFound,

    /// <summary>The request is no longer pending (signed, declined, withdrawn or expired).</summary>
    Closed,
}
