<?php
/**
 * Runs WordPress tasks for the test from the command line, on the site the test configured:
 *   php wp.php install                   installs the site, an Author, a Contributor and the plugin; prints
 *                                        their and the Administrator's application passwords as JSON
 *   php wp.php theme <slug>              switches the theme
 */
$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$khojaly_task           = isset( $argv[1] ) ? $argv[1] : '';
if ( 'install' === $khojaly_task ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

if ( 'install' === $khojaly_task ) {
	ob_start();
	wp_install( 'Khojaly widgets test', 'admin', 'admin@example.org', false, '', 'admin-password-1992' );
	ob_end_clean();
	$khojaly_author = wp_insert_user(
		array(
			'user_login' => 'author',
			'user_pass'  => 'author-password-1992',
			'user_email' => 'author@example.org',
			'role'       => 'author',
		)
	);
	if ( is_wp_error( $khojaly_author ) ) {
		fwrite( STDERR, $khojaly_author->get_error_message() . "\n" );
		exit( 1 );
	}
	$khojaly_contributor = wp_insert_user(
		array(
			'user_login' => 'contributor',
			'user_pass'  => 'contributor-password-1992',
			'user_email' => 'contributor@example.org',
			'role'       => 'contributor',
		)
	);
	$khojaly_active = activate_plugin( 'khojaly-widgets/khojaly-widgets.php' );
	if ( is_wp_error( $khojaly_active ) ) {
		fwrite( STDERR, 'The plugin did not activate: ' . $khojaly_active->get_error_message() . "\n" );
		exit( 1 );
	}
	$khojaly_admin    = get_user_by( 'login', 'admin' );
	$khojaly_password = WP_Application_Passwords::create_new_application_password( $khojaly_author, array( 'name' => 'khojaly-test' ) );
	$khojaly_admin_pw = WP_Application_Passwords::create_new_application_password( $khojaly_admin->ID, array( 'name' => 'khojaly-test' ) );
	$khojaly_contrib  = WP_Application_Passwords::create_new_application_password( $khojaly_contributor, array( 'name' => 'khojaly-test' ) );
	echo wp_json_encode(
		array(
			'author' => array(
				'user'           => 'author',
				'password'       => $khojaly_password[0],
				'unfilteredHtml' => user_can( $khojaly_author, 'unfiltered_html' ),
			),
			'contributor' => array(
				'user'           => 'contributor',
				'password'       => $khojaly_contrib[0],
				'unfilteredHtml' => user_can( $khojaly_contributor, 'unfiltered_html' ),
			),
			'admin'  => array(
				'user'           => 'admin',
				'password'       => $khojaly_admin_pw[0],
				'unfilteredHtml' => user_can( $khojaly_admin, 'unfiltered_html' ),
			),
		)
	);
} elseif ( 'theme' === $khojaly_task ) {
	switch_theme( $argv[2] );
	echo wp_json_encode( array( 'theme' => get_stylesheet() ) );
} else {
	fwrite( STDERR, "usage: php wp.php install | theme <slug>\n" );
	exit( 2 );
}
