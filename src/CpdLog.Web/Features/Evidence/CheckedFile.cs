namespace CpdLog.Web.Features.Evidence;

using System.Security.Cryptography;
using CpdLog.Core.Records;
using CpdLog.Data;
using CpdLog.Web.Features.Records;
using CpdLog.Web.Features.Shared;
using CpdLog.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

/// <summary>An upload that passed the checks: its bytes, the format judged from them, a safe file name and the SHA-256 (hex).</summary>
public sealed record CheckedFile(byte[] Bytes, EvidenceFormat Format, string FileName, string Sha256);
