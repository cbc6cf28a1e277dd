// Package config is the operator's configuration file of a node: the
// commented TOML file that 'zkpool-node init' writes and 'zkpool-node run'
// reads (Load, Write, Validate), and the checks the command lines share
// (log levels, the API's listen address, default data directories).
// It describes; it builds nothing: package node maps it onto node.Config
// (node.FromFile). The network's artifacts are package node/artifacts',
// keystores and their passwords package chain/keys'.
package config
