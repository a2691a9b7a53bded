namespace CpdLog.Web.Infrastructure.Email;

public static class EmailSetup
{
    public static IServiceCollection AddCpdEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.PostConfigure<EmailOptions>(o =>
            o.PickupDirectory ??= Path.Combine(configuration["Storage:DataPath"] ?? "data", "mail"));
        services.AddSingleton<IMailSender, MailKitMailSender>();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<Microsoft.AspNetCore.Identity.IEmailSender<Data.CpdUser>, IdentityEmailSender>();
        return services;
    }
}
