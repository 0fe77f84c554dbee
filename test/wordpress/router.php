<?php
/**
 * The router of PHP's built-in server for the test site: /wp-content/ is the test's own folder (the plugin
 * installed from the built zip, the themes); everything else is Debian's WordPress.
 */
$khojaly_content = getenv( 'KHOJALY_WP_CONTENT' );
$khojaly_path    = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( 0 === strpos( $khojaly_path, '/wp-content/' ) ) {
	$khojaly_file = realpath( $khojaly_content . substr( $khojaly_path, strlen( '/wp-content' ) ) );
	if ( false === $khojaly_file || 0 !== strpos( $khojaly_file, realpath( $khojaly_content ) . '/' ) || ! is_file( $khojaly_file ) || '.php' === substr( $khojaly_file, -4 ) ) {
		http_response_code( 404 );
		return true;
	}
	$khojaly_types = array(
		'js'   => 'text/javascript; charset=utf-8',
		'css'  => 'text/css; charset=utf-8',
		'html' => 'text/html; charset=utf-8',
		'json' => 'application/json',
		'svg'  => 'image/svg+xml',
		'png'  => 'image/png',
		'woff2' => 'font/woff2',
	);
	$khojaly_ext = strtolower( pathinfo( $khojaly_file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( isset( $khojaly_types[ $khojaly_ext ] ) ? $khojaly_types[ $khojaly_ext ] : 'application/octet-stream' ) );
	readfile( $khojaly_file );
	return true;
}
// A file of WordPress's is served as it is; any other path goes to WordPress, as a web server's rewrite sends it.
if ( '/' !== $khojaly_path && ! file_exists( $_SERVER['DOCUMENT_ROOT'] . $khojaly_path ) ) {
	$_SERVER['SCRIPT_NAME'] = '/index.php';
	$_SERVER['PHP_SELF']    = '/index.php';
	require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
	return true;
}
return false;
