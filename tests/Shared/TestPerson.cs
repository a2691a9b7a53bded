namespace CpdLog.Tests.Shared;

using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

/// <summary>A person in the test provider's directory: a tenant (<c>tid</c>), an object id (<c>oid</c>) and claims.</summary>
public sealed record TestPerson(
    string UserName,
    string TenantId,
    string ObjectId,
    string Email,
    string Name,
    string[]? Roles = null,
    string? ManagerObjectId = null,
    string? CostCentre = null);
