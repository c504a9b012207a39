use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = landfall::config::Cli::parse();
    landfall::cli::init_tracing();
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
            eprintln!("landfall: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
