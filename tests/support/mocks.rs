//! The SDK adapter over aws-smithy-mocks: a client whose every attempt a rule answers, never the network.

use std::time::Duration;

use aws_sdk_glue::Client;
use aws_sdk_glue::config::retry::RetryConfig;
use aws_smithy_mocks::{Rule, RuleMode, mock_client};
use glue_tui::glue::sdk::SdkGlue;

/// Retries keep the SDK's standard policy (3 attempts) with a backoff short enough not to slow the suite.
pub fn fast_retries(config: aws_sdk_glue::config::Builder) -> aws_sdk_glue::config::Builder {
    config.retry_config(RetryConfig::standard().with_initial_backoff(Duration::from_millis(1)))
}

/// The adapter over `client`, for profile dev in eu-west-1 (the names its messages give).
pub fn glue(client: Client) -> SdkGlue {
    SdkGlue::new(client, "profile dev".into(), Some("eu-west-1".into()))
}

/// The adapter over a mock client that answers with `rules` in turn (the mock crate's test defaults otherwise).
pub fn answering<'a>(rules: impl IntoIterator<Item = &'a Rule>) -> SdkGlue {
    glue(mock_client!(aws_sdk_glue, RuleMode::Sequential, rules))
}

/// Like [`answering`], with the standard retries ([`fast_retries`]): for the answers the SDK retries.
pub fn retrying<'a>(rules: impl IntoIterator<Item = &'a Rule>) -> SdkGlue {
    glue(mock_client!(
        aws_sdk_glue,
        RuleMode::Sequential,
        rules,
        fast_retries
    ))
}
