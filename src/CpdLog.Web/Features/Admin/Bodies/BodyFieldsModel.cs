namespace CpdLog.Web.Features.Admin.Bodies;

public sealed record BodyFieldsModel(BodyForm Input, bool CodeFixed);
