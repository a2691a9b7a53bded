namespace CpdLog.Web.Features.Notifications;

public static class NotificationsSetup
{
    public static IServiceCollection AddNotifications(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReminderOptions>(configuration.GetSection("Reminders"));
        services.AddSingleton<ReminderInstance>();
        services.AddSingleton<UnsubscribeTokens>();
        services.AddScoped<NotificationPreferencesService>();
        services.AddScoped<ReminderJob>();
        services.AddHostedService<ReminderService>();
        return services;
    }
}
