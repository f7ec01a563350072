"""The bundled rule set's tool requirements by their meanings (LABELING.md; the rule file's comments): cloud is a named
cloud platform or a managed service only one provider runs; CI/CD is CI/CD said or its tools, not a developer suite's
name alone; Linux includes the Unix-likes' shorthand."""
import pytest
from helpers import bundled_status as status


@pytest.mark.parametrize("text", ["Built reporting jobs on BigQuery", "Maintained the Firestore client library",
                                  "Deployed services to Cloud Foundry", "Stored telemetry in Cosmos DB"],
                         ids=["bigquery", "firestore", "cloud-foundry", "cosmos-db"])
def test_a_managed_service_only_one_provider_runs_is_cloud_work(text):
    assert status(text, "cloud") == "pass"


def test_azure_devops_is_a_developer_suite_not_the_azure_cloud():
    assert status("Tracked tasks in Azure DevOps Server", "cloud") == "fail"
    assert status("Tracked tasks in Azure DevOps; hosted the API on Azure", "cloud") == "pass"


def test_azure_devops_alone_is_no_ci_cd_but_its_pipelines_are():
    assert status("Moved the team's boards to Azure DevOps", "ci-cd") == "fail"
    assert status("Built release pipelines in Azure Pipelines", "ci-cd") == "pass"
    assert status("Ran CI/CD in Azure DevOps", "ci-cd") == "pass"


def test_gh_actions_is_github_actions():
    assert status("Tools: Python, Docker, GH Actions", "ci-cd") == "pass"


def test_the_unix_likes_shorthand_is_linux():
    assert status("Skills: *nix systems, Python", "linux") == "pass"
    assert status("Skills: Nix flakes, Python", "linux") == "fail"


@pytest.mark.parametrize("text", ["Experience with cloud platforms and big data", "Built cloud-native services",
                                  "Automated cloud infrastructure"], ids=["platforms", "native", "infrastructure"])
def test_cloud_named_in_general_names_no_platform(text):
    assert status(text, "cloud") == "fail"
