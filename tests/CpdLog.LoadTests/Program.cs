using System.Globalization;
using CpdLog.LoadTests;

// Commands (see run.sh, which starts the servers and calls these in order):
//   hello PORT                                           the bare ASP.NET Core baseline server
//   bench-hello URL CONNECTIONS SECONDS OUT              GET URL at CONNECTIONS connections
//   single BASE EMAIL PASSWORD CONNECTIONS SECONDS OUT LABEL   /health, /Dashboard, compliance warm and after a write, /Activities
//   signin BASE PASSWORD USERS CONNECTIONS SECONDS OUT   API sign-in throughput of random seeded users
//   scale BASE PASSWORD USERS CONNECTIONS SECONDS OUT    random signed-in users: dashboard, CPD log, team view, compliance
//   soak BASE PASSWORD USERS RATE SECONDS WARMUP PID OUT mixed reads, writes and portfolios at RATE req/s; RSS of PID
//   page BASE PASSWORD USERS PATH CONNECTIONS SECONDS OUT one page as random seeded users (for profiling one page;
//                                                        PATH /Team/Overview signs in line managers)
var inv = CultureInfo.InvariantCulture;
int Int(int i) => int.Parse(args[i], inv);
var warm = TimeSpan.FromSeconds(double.Parse(Environment.GetEnvironmentVariable("LOAD_WARMUP") ?? "3", inv));
switch (args.ElementAtOrDefault(0))
{
    case "hello":
        await Hello.RunAsync(Int(1));
        return 0;
    case "bench-hello":
    {
        using var client = Load.Client(new Uri(args[1]), Int(2));
        var m = await Load.RunAsync("bare ASP.NET Core hello", client, Int(2), TimeSpan.FromSeconds(Int(3)), warm, (c, _, ct) => c.GetAsync("/", ct));
        await File.AppendAllTextAsync(args[4], m.Row() + "\n");
        return 0;
    }

    case "single":
        return await Scenarios.SingleUserAsync(new Uri(args[1]), args[2], args[3], Int(4), TimeSpan.FromSeconds(Int(5)), warm, args[6], args[7]);
    case "signin":
        return await Scenarios.SignInAsync(new Uri(args[1]), args[2], Int(3), Int(4), TimeSpan.FromSeconds(Int(5)), warm, args[6]);
    case "scale":
        return await Scenarios.ScaleAsync(new Uri(args[1]), args[2], Int(3), Int(4), TimeSpan.FromSeconds(Int(5)), warm, args[6]);
    case "page":
        return await Scenarios.OnePageAsync(new Uri(args[1]), args[2], Int(3), args[4], Int(5), TimeSpan.FromSeconds(Int(6)), warm, args[7]);
    case "soak":
        return await Soak.RunAsync(new Uri(args[1]), args[2], Int(3), Int(4), TimeSpan.FromSeconds(Int(5)), TimeSpan.FromSeconds(Int(6)), Int(7), args[8]);
    default:
        Console.Error.WriteLine("usage: see the comment at the top of tests/CpdLog.LoadTests/Program.cs");
        return 2;
}
