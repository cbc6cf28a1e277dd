// Package config is the operator's side of a node's configuration: the
// commented TOML file that `zkpool-node init` writes, the network file's
// artifacts (family name → CID of a setup.Manifest JSON blob in the setup
// store), and the mapping of both onto node.Config and requester.Config.
// It also holds what the command lines share: default data directories,
// the network name peers agree on, and how a keystore password is found
// (a file, $ZKPOOL_PASSWORD, or a prompt).
package config
