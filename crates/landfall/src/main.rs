use clap::Parser;
use landfall::config::LogFormat;

fn main() -> std::process::ExitCode {
    let cli = landfall::config::Cli::parse();
    landfall::cli::init_tracing(cli.log_format);
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("landfall: cannot start the async runtime: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(landfall::cli::run(cli.command)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            match cli.log_format {
                // Every line on standard error stays one JSON object.
                LogFormat::Json => {
                    tracing::error!(error = %format!("{error:#}"), "landfall failed")
                }
                LogFormat::Text => eprintln!("landfall: {error:#}"),
            }
            std::process::ExitCode::FAILURE
        }
    }
}
